package ogi.parse.extract.pdf;

/** Elements 0..n-1 grouped by union (union-find with path halving): grid cells into merged cells, rulings into tables. */
final class DisjointSets {
    private final int[] parent;

    DisjointSets(int size) {
        parent = new int[Math.max(0, size)];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
    }

    int size() {
        return parent.length;
    }

    /** The representative of the element's group. */
    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    void union(int a, int b) {
        parent[find(a)] = find(b);
    }
}
