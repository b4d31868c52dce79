package probe24;

import java.util.LinkedHashMap;

/**
 * Animation blending for a game character. Switching clips with a fade keeps the old
 * clips' weights in a map that exists only while a fade is running; "a fade is running"
 * is the float countdown {@code fadeRemaining > 0f}, which also rejects NaN.
 */
public class Z27AnimationCrossfade {

    private String current = "idle";
    private float fadeRemaining;
    private float fadeDuration;
    /** Fading-out clip to weight; non-null whenever fadeRemaining > 0f. */
    private LinkedHashMap<String, Float> fadingOut;

    public void play(String clip, float fadeSeconds) {
        if (clip.equals(current)) {
            return;
        }
        if (!(fadeSeconds > 0f)) {
            current = clip;
            fadeRemaining = 0f;
            fadingOut = null;
            return;
        }
        if (!(fadeRemaining > 0f)) {
            fadingOut = new LinkedHashMap<>();
        }
        fadingOut.put(current, 1f);
        fadingOut.remove(clip);
        current = clip;
        fadeDuration = fadeSeconds;
        fadeRemaining = fadeSeconds;
    }

    /** Advances the fade by {@code dt} seconds. */
    public void update(float dt) {
        if (!(fadeRemaining > 0f)) {
            return;
        }
        fadeRemaining -= dt;
        if (!(fadeRemaining > 0f)) {
            fadeRemaining = 0f;
            fadingOut = null;
            return;
        }
        float w = fadeRemaining / fadeDuration;
        fadingOut.replaceAll((clip, old) -> Math.min(old, w));
    }

    public float weightOf(String clip) {
        if (clip.equals(current)) {
            return fadeRemaining > 0f ? 1f - fadeRemaining / fadeDuration : 1f;
        }
        if (fadeRemaining > 0f) {
            return fadingOut.getOrDefault(clip, 0f);
        }
        return 0f;
    }

    public int activeClips() {
        return fadeRemaining > 0f ? 1 + fadingOut.size() : 1;
    }

    public static void main(String[] args) {
        Z27AnimationCrossfade anim = new Z27AnimationCrossfade();
        System.out.println(anim.weightOf("idle") + " " + anim.weightOf("run") + " " + anim.activeClips());
        anim.update(0.016f);
        anim.play("walk", 0.5f);
        anim.update(0.1f);
        anim.play("run", 0.25f);
        anim.update(0.1f);
        System.out.printf("%.2f %.2f %.2f %d%n", anim.weightOf("run"), anim.weightOf("walk"), anim.weightOf("idle"), anim.activeClips());
        anim.update(1f);
        System.out.println(anim.weightOf("run") + " " + anim.weightOf("walk") + " " + anim.activeClips());
        anim.play("jump", Float.NaN);
        anim.play("land", 0.2f);
        anim.update(Float.NaN);
        System.out.println(anim.weightOf("land") + " " + anim.weightOf("jump") + " " + anim.activeClips());
        anim.play("idle", 0f);
        System.out.println(anim.activeClips() + " " + anim.weightOf("land"));
    }
}
