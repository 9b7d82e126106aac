package ogi.parse.extract.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A page's ruling lines made whole and grouped into tables: collinear pieces that touch or overlap are merged
 * (writers draw a border cell by cell, or twice), and lines that cross or meet form one table when it has at
 * least two horizontal and two vertical lines.
 */
final class Rulings {
    /** Lines this close on their own axis are one line. */
    static final float SAME_LINE = 1.5f;
    /** Pieces of one line separated by at most this gap are joined. */
    private static final float GAP = 2.5f;
    /** How far a line may stop short of another and still be taken to meet it. */
    static final float MEET = 3f;
    private static final float MIN_LENGTH = 4f;

    private Rulings() {
    }

    /** Tables drawn on the page, in no particular order, each as the lines that make it up. */
    static List<List<Ruling>> tables(List<Ruling> drawn) {
        List<Ruling> lines = new ArrayList<>(merge(drawn, true));
        lines.addAll(merge(drawn, false));
        int n = lines.size();
        DisjointSets connected = new DisjointSets(n);
        for (int i = 0; i < n; i++) {
            Ruling a = lines.get(i);
            if (!a.horizontal()) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                Ruling b = lines.get(j);
                if (!b.horizontal() && a.covers(b.at(), MEET) && b.covers(a.at(), MEET)) {
                    connected.union(i, j);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int root = connected.find(i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(lines.get(i));
        }
        List<List<Ruling>> tables = new ArrayList<>();
        for (List<Ruling> g : groups) {
            long h = g.stream().filter(Ruling::horizontal).count();
            if (h >= 2 && g.size() - h >= 2) {
                tables.add(g);
            }
        }
        return tables;
    }

    /** The horizontal (or vertical) lines with collinear touching pieces merged. */
    static List<Ruling> merge(List<Ruling> drawn, boolean horizontal) {
        List<Ruling> lines = new ArrayList<>();
        for (Ruling r : drawn) {
            if (r.horizontal() == horizontal) {
                lines.add(r);
            }
        }
        lines.sort(Comparator.comparingDouble(Ruling::at));
        List<Ruling> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            float sum = 0;
            while (j < lines.size() && lines.get(j).at() - lines.get(i).at() <= SAME_LINE) {
                sum += lines.get(j).at();
                j++;
            }
            float at = sum / (j - i);
            List<Ruling> band = new ArrayList<>(lines.subList(i, j));
            band.sort(Comparator.comparingDouble(Ruling::from));
            float from = band.get(0).from();
            float to = band.get(0).to();
            for (Ruling r : band.subList(1, band.size())) {
                if (r.from() <= to + GAP) {
                    to = Math.max(to, r.to());
                } else {
                    add(out, horizontal, at, from, to);
                    from = r.from();
                    to = r.to();
                }
            }
            add(out, horizontal, at, from, to);
            i = j;
        }
        return out;
    }

    private static void add(List<Ruling> out, boolean horizontal, float at, float from, float to) {
        if (to - from >= MIN_LENGTH) {
            out.add(new Ruling(horizontal, at, from, to));
        }
    }
}
