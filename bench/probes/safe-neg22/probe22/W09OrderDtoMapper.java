package probe22;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Entity to DTO mapping. The entity keeps a nullable attribute map (mirroring a nullable JSON
 * column); the mapper reads it through the getter into a local and null-checks that local, and
 * the entity's own helper tests the field before using it.
 */
public class W09OrderDtoMapper {

    /** JPA-style entity; not thread-safe, like any managed entity. */
    public static final class OrderEntity {
        private final long id;
        private String status;
        private Map<String, String> attributes; // nullable column

        public OrderEntity(long id, String status) {
            this.id = id;
            this.status = status;
        }

        public long getId() {
            return id;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }

        public Map<String, String> getAttributes() {
            return attributes;
        }

        public void setAttributes(Map<String, String> attributes) {
            this.attributes = attributes;
        }

        public boolean hasAttribute(String key) {
            if (attributes == null) {
                return false;
            }
            return attributes.containsKey(key);
        }
    }

    /** Transport object; its attribute map is never null. */
    public record OrderDto(long id, String status, Map<String, String> attributes) {
        public OrderDto {
            attributes = attributes == null
                    ? Collections.emptyMap()
                    : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }
    }

    public static final class OrderMapper {
        public OrderDto toDto(OrderEntity entity) {
            Map<String, String> attrs = entity.getAttributes();
            Map<String, String> copy = new LinkedHashMap<>();
            if (attrs != null) {
                attrs.forEach((k, v) -> {
                    if (v != null) {
                        copy.put(k, v);
                    }
                });
            }
            return new OrderDto(entity.getId(), entity.getStatus(), copy);
        }

        public void updateEntity(OrderDto dto, OrderEntity target) {
            target.setStatus(dto.status());
            if (dto.attributes().isEmpty()) {
                target.setAttributes(null);
                return;
            }
            Map<String, String> existing = target.getAttributes();
            if (existing == null) {
                existing = new HashMap<>();
                target.setAttributes(existing);
            }
            existing.clear();
            existing.putAll(dto.attributes());
        }
    }

    public static void main(String[] args) {
        OrderMapper mapper = new OrderMapper();
        OrderEntity plain = new OrderEntity(1, "NEW");
        OrderDto dto = mapper.toDto(plain);
        System.out.println(dto + " gift=" + plain.hasAttribute("gift"));

        OrderEntity gift = new OrderEntity(2, "PAID");
        Map<String, String> raw = new HashMap<>();
        raw.put("gift", "yes");
        raw.put("note", null);
        gift.setAttributes(raw);
        System.out.println(mapper.toDto(gift) + " gift=" + gift.hasAttribute("gift"));

        mapper.updateEntity(new OrderDto(1, "PAID", Map.of("channel", "web")), plain);
        System.out.println(mapper.toDto(plain) + " channel=" + plain.hasAttribute("channel"));

        mapper.updateEntity(new OrderDto(2, "SHIPPED", null), gift);
        System.out.println(mapper.toDto(gift) + " gift=" + gift.hasAttribute("gift") + " raw=" + gift.getAttributes());
    }
}
