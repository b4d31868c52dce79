package probe18;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Chat room of a small messaging server; members are inner objects bound to their room. */
public final class N28ChatRoomServer {
    private final String name;
    private Map<String, Member> members;

    public N28ChatRoomServer(String name) {
        this.name = name;
    }

    public Member join(String nick) {
        if (members == null) {
            members = new LinkedHashMap<>();
        }
        Member existing = members.get(nick);
        if (existing != null) {
            return existing;
        }
        Member m = new Member(nick);
        members.put(nick, m);
        return m;
    }

    public int onlineCount() {
        return members == null ? 0 : members.size();
    }

    public final class Member {
        private final String nick;
        private final List<String> inbox = new ArrayList<>();

        private Member(String nick) {
            this.nick = nick;
        }

        public int broadcast(String text) {
            int delivered = 0;
            for (Member other : members.values()) {
                if (other != this) {
                    other.inbox.add("[" + name + "] " + nick + ": " + text);
                    delivered++;
                }
            }
            return delivered;
        }

        public boolean whisper(String to, String text) {
            Member target = members.get(to);
            if (target == null || target == this) {
                return false;
            }
            target.inbox.add("(private) " + nick + ": " + text);
            return true;
        }

        public void leave() {
            members.remove(nick, this);
        }

        public List<String> drainInbox() {
            List<String> copy = List.copyOf(inbox);
            inbox.clear();
            return copy;
        }
    }

    public static void main(String[] args) {
        N28ChatRoomServer room = new N28ChatRoomServer("lobby");
        System.out.println("online=" + room.onlineCount());
        Member ann = room.join("ann");
        System.out.println("alone broadcast=" + ann.broadcast("anyone?") + " whisper=" + ann.whisper("bob", "hi"));
        Member bob = room.join("bob");
        Member cy = room.join("cy");
        ann.broadcast("hello all");
        cy.whisper("bob", "psst");
        bob.leave();
        bob.leave();
        System.out.println("after leave broadcast=" + bob.broadcast("still here?") + " online=" + room.onlineCount());
        System.out.println(bob.drainInbox() + " " + ann.drainInbox() + " " + cy.drainInbox());
        System.out.println("rejoin same=" + (room.join("ann") == ann));
    }
}
