package io.github.ita.scoring;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * How many respondents chose each option of a question, in the options' order: an immutable map
 * over the edition's codes and a copy of the counts, so that a national batch does not build a
 * hash map for every question of every agency.
 */
final class Distribution extends AbstractMap<String, Long> {

    private final String[] codes;
    private final long[] counts;
    private final long[] points;
    private final int pointsFrom;
    private final long scale;

    /**
     * @param codes  the option codes, in order (shared, not copied: the layout's own array)
     * @param counts the counters
     * @param from   where this question's counts begin in {@code counts}
     */
    Distribution(String[] codes, long[] counts, int from) {
        this(codes, counts, from, null, 0);
    }

    /**
     * A scored question's or item's distribution, which also gives the spread of its respondents'
     * points ({@link #spread()}) when asked.
     *
     * @param points the layout's option points (shared, not copied), {@code points[from + o]} for option o; null when unscored
     * @param scale  what the points are divided by to give points out of 100
     */
    Distribution(String[] codes, long[] counts, int from, long[] points, long scale) {
        this.codes = codes;
        this.counts = java.util.Arrays.copyOfRange(counts, from, from + codes.length);
        this.points = points;
        this.pointsFrom = from;
        this.scale = scale;
    }

    /** @return whether the question is scored, so that its respondents' points have a spread */
    boolean scored() {
        return points != null;
    }

    /** @return the spread of the respondents' points (docs/method.md §7), or null for an unscored question */
    Spread spread() {
        return points == null ? null : Method.spread(counts, 0, points, pointsFrom, codes.length, scale);
    }

    @Override
    public int size() {
        return codes.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Long get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : counts[i];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Without the entry objects of {@link #entrySet()}: what writers of a national batch call. */
    @Override
    public void forEach(BiConsumer<? super String, ? super Long> action) {
        for (int i = 0; i < codes.length; i++) {
            action.accept(codes[i], counts[i]);
        }
    }

    @Override
    public Set<Map.Entry<String, Long>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Long>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < codes.length;
                    }

                    @Override
                    public Map.Entry<String, Long> next() {
                        if (i >= codes.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, Long> e = new SimpleImmutableEntry<>(codes[i], counts[i]);
                        i++;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return codes.length;
            }
        };
    }
}
