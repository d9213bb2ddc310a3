package shequn.world;

import java.util.Arrays;

/** A growable list of ints: the day's visitors, sharers and the like, without boxing. */
public final class IntList {
    private int[] items = new int[64];
    private int size;

    public void add(int x) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = x;
    }

    public int get(int k) {
        return items[k];
    }

    public void set(int k, int x) {
        items[k] = x;
    }

    public int size() {
        return size;
    }

    public int[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Keeps the first {@code size} entries. */
    public void truncate(int size) {
        if (size < 0 || size > this.size) {
            throw new IllegalArgumentException("size " + size + " outside [0, " + this.size + "]");
        }
        this.size = size;
    }

    public void clear() {
        size = 0;
    }
}
