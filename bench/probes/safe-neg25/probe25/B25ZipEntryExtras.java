package probe25;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;

/**
 * Commons Compress style ZIP entry with optional extra fields keyed by header
 * id. Most entries have none, so the map is null until one is added.
 */
public class B25ZipEntryExtras {
    public record ExtraField(int headerId, byte[] data) {
    }

    private final String name;
    private long size = -1;
    private LinkedHashMap<Integer, ExtraField> extraFields; // null: no extra fields

    public B25ZipEntryExtras(String name) {
        this.name = name;
    }

    public B25ZipEntryExtras(B25ZipEntryExtras other) {
        this.name = other.name;
        this.size = other.size;
        this.extraFields = other.extraFields != null ? new LinkedHashMap<>(other.extraFields) : null;
    }

    public void setSize(long size) {
        this.size = size;
    }

    public void setExtraFields(ExtraField[] fields) {
        if (fields == null || fields.length == 0) {
            extraFields = null;
            return;
        }
        LinkedHashMap<Integer, ExtraField> m = new LinkedHashMap<>();
        for (ExtraField f : fields) {
            m.put(f.headerId(), f);
        }
        extraFields = m;
    }

    public ExtraField[] getExtraFields() {
        return extraFields == null ? new ExtraField[0] : extraFields.values().toArray(new ExtraField[0]);
    }

    public void addExtraField(ExtraField f) {
        if (extraFields == null) {
            extraFields = new LinkedHashMap<>();
        }
        extraFields.put(f.headerId(), f);
    }

    public void addAsFirstExtraField(ExtraField f) {
        LinkedHashMap<Integer, ExtraField> copy = new LinkedHashMap<>();
        copy.put(f.headerId(), f);
        if (extraFields != null) {
            for (ExtraField e : extraFields.values()) {
                copy.putIfAbsent(e.headerId(), e);
            }
        }
        extraFields = copy;
    }

    public boolean removeExtraField(int headerId) {
        if (extraFields == null || extraFields.remove(headerId) == null) {
            return false;
        }
        if (extraFields.isEmpty()) {
            extraFields = null;
        }
        return true;
    }

    public ExtraField getExtraField(int headerId) {
        return extraFields != null ? extraFields.get(headerId) : null;
    }

    public byte[] getLocalFileDataExtra() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (extraFields == null) {
            return out.toByteArray();
        }
        extraFields.forEach((id, f) -> {
            out.write(id & 0xff);
            out.write((id >> 8) & 0xff);
            out.write(f.data().length & 0xff);
            out.write((f.data().length >> 8) & 0xff);
            out.write(f.data(), 0, f.data().length);
        });
        return out.toByteArray();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name).append(" size=").append(size).append(" extras=");
        for (ExtraField f : getExtraFields()) {
            sb.append(String.format("0x%04x", f.headerId())).append(' ');
        }
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        B25ZipEntryExtras entry = new B25ZipEntryExtras("docs/readme.txt");
        entry.setSize(120);
        System.out.println(entry + " " + entry.getExtraField(0x5455) + " " + entry.removeExtraField(0x5455)
                + " " + entry.getLocalFileDataExtra().length);
        entry.addExtraField(new ExtraField(0x5455, new byte[] {1, 2, 3, 4, 5}));
        entry.addAsFirstExtraField(new ExtraField(0x0001, new byte[8]));
        B25ZipEntryExtras copy = new B25ZipEntryExtras(entry);
        System.out.println(entry + " " + entry.getLocalFileDataExtra().length + " " + copy.getExtraFields().length);
        System.out.println(entry.removeExtraField(0x0001) + " " + entry.removeExtraField(0x5455) + " " + entry
                + " " + entry.getLocalFileDataExtra().length);
        entry.addAsFirstExtraField(new ExtraField(0x7875, new byte[] {1}));
        copy.setExtraFields(new ExtraField[0]);
        B25ZipEntryExtras copyOfEmpty = new B25ZipEntryExtras(copy);
        System.out.println(entry + " | " + copy + " | " + copyOfEmpty.getExtraFields().length);
        copy.setExtraFields(entry.getExtraFields());
        System.out.println(copy.getExtraField(0x7875).data().length);
    }
}
