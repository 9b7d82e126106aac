package ogi.parse.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A page's output lines in reading order (top to bottom): the rows of its ruled tables ({@link LatticeTable}),
 * and its other text as lines, with the rows of tables without rulings put together ({@link StreamTable}).
 */
final class PageLayout {
    private PageLayout() {
    }

    static List<PageItem> items(PageGeometry page) {
        List<LatticeTable> tables = new ArrayList<>();
        for (List<Ruling> lines : Rulings.tables(page.rulings())) {
            LatticeTable t = LatticeTable.of(lines);
            if (t.isGrid()) {
                tables.add(t);
            }
        }
        List<Glyph> free = new ArrayList<>();
        for (Glyph g : page.glyphs()) {
            boolean taken = false;
            for (int i = 0; i < tables.size() && !taken; i++) {
                taken = tables.get(i).take(g);
            }
            if (!taken) {
                free.add(g);
            }
        }
        List<PageItem> items = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            items.addAll(tables.get(i).rows(i));
        }
        items.addAll(StreamTable.items(TextLine.of(free), 1000));
        items.sort(Comparator.comparingDouble(PageItem::y));
        return items;
    }
}
