package io.github.ita.response;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer for one OIT item: whether it is published (มี / ไม่มี), the evidence URL and note,
 * and, when assessed, which required data components are present.
 *
 * <p>An item counts as published only when {@code published} is true and, if components were
 * assessed, every required component of the item is among them. When components are not
 * assessed ({@link #components()} empty), {@code published} alone decides.
 *
 * @param published  whether the agency says the item is published
 * @param url        the evidence URL, or {@code null}
 * @param note       the note, or {@code null}
 * @param components the ids of the components present, or {@code null} when not assessed
 */
public record OitAnswer(boolean published, String url, String note, List<String> components) {

    /**
     * Copies the components, when given, into an unmodifiable list.
     *
     * @param published  whether the agency says the item is published
     * @param url        the evidence URL, or {@code null}
     * @param note       the note, or {@code null}
     * @param components the ids of the components present, or {@code null} when not assessed
     */
    public OitAnswer {
        components = components == null ? null : List.copyOf(components);
    }

    /**
     * @param url the evidence URL, or {@code null}
     * @return an item published at the given URL, components not assessed
     */
    public static OitAnswer published(String url) {
        return new OitAnswer(true, url, null, null);
    }

    /** @return an item not published */
    public static OitAnswer notPublished() {
        return new OitAnswer(false, null, null, null);
    }

    /**
     * @param componentIds the ids of the components present
     * @return a copy with the components assessed
     */
    public OitAnswer withComponents(List<String> componentIds) {
        return new OitAnswer(published, url, note, Objects.requireNonNull(componentIds, "componentIds"));
    }

    /** @return the components present, when they were assessed */
    public Optional<List<String>> assessedComponents() {
        return Optional.ofNullable(components);
    }
}
