package probe22;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Netty-style handler that pairs responses with the requests written on the same stream id.
 * The correlation table exists only while the handler is part of a pipeline
 * ({@code handlerAdded} .. {@code handlerRemoved}).
 */
public class W02ChannelInflightHandler {

    /** Reduced {@code ChannelHandlerContext}. */
    public interface ChannelHandlerContext {
        void write(Object msg);

        void fireChannelRead(Object msg);
    }

    /**
     * Handler instance; like any non-sharable Netty handler it is only ever invoked from the
     * event loop of its channel, so it is not meant to be used from several threads.
     */
    public static final class InflightHandler {
        private Map<Integer, String> inflight; // null while not in a pipeline
        private long dropped;

        public void handlerAdded(ChannelHandlerContext ctx) {
            inflight = new HashMap<>();
        }

        public void handlerRemoved(ChannelHandlerContext ctx) {
            inflight = null;
        }

        public void write(ChannelHandlerContext ctx, int streamId, String request) {
            if (inflight == null) {
                dropped++;
                return;
            } else {
                inflight.put(streamId, request);
            }
            ctx.write(streamId + ":" + request);
        }

        public void channelRead(ChannelHandlerContext ctx, int streamId, String response) {
            String request;
            if (inflight == null) {
                request = null;
            } else {
                request = inflight.remove(streamId);
            }
            ctx.fireChannelRead(request == null ? "unmatched " + response : request + " -> " + response);
        }

        public int pending() {
            if (inflight == null) {
                return 0;
            } else {
                return inflight.size();
            }
        }

        public long dropped() {
            return dropped;
        }
    }

    public static void main(String[] args) {
        List<Object> events = new ArrayList<>();
        ChannelHandlerContext ctx = new ChannelHandlerContext() {
            @Override
            public void write(Object msg) {
                events.add("write " + msg);
            }

            @Override
            public void fireChannelRead(Object msg) {
                events.add("read " + msg);
            }
        };
        InflightHandler handler = new InflightHandler();

        handler.write(ctx, 1, "GET /early");
        handler.channelRead(ctx, 1, "200 early");

        handler.handlerAdded(ctx);
        handler.write(ctx, 3, "GET /a");
        handler.write(ctx, 5, "GET /b");
        handler.channelRead(ctx, 3, "200 a");
        System.out.println("pending while added: " + handler.pending());

        handler.handlerRemoved(ctx);
        handler.channelRead(ctx, 5, "200 b");
        handler.write(ctx, 7, "GET /late");
        System.out.println("pending after removal: " + handler.pending() + ", dropped: " + handler.dropped());
        events.forEach(System.out::println);
    }
}
