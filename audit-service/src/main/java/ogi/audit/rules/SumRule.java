package ogi.audit.rules;

import java.util.ArrayList;
import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.template.ReportTemplate.Each;
import ogi.contracts.template.ReportTemplate.SumSpec;
import ogi.contracts.template.ReportTemplate.TableSpec;

/**
 * The rule for one named arithmetic relation of the template (a table's {@code sums} in
 * {@code template/report-template-*.json}): in every column (or row) of the table, the cells {@code add} sum to the
 * cells {@code equals}, checked as {@link Relation} checks it. Which cells add up is the template's; a subclass
 * gives only the rule id, the relation's name and the wording of a finding. A finding points at the first cell of
 * {@code equals} and lists every cell the relation read.
 */
abstract class SumRule extends AuditRule {
    private final String table;
    private final String relation;

    protected SumRule(String id, String table, String relation) {
        super(id);
        this.table = table;
        this.relation = relation;
    }

    /**
     * A relation that does not hold along one line: the table, the relation, the line it was checked along (a column
     * for {@link Each#COLUMN}, else a row) and both sides' sums as written in a message.
     */
    protected record Broken(TableSpec table, SumSpec sum, String lineKey, String lineLabel, String left, String right,
            Relation.Checked checked) {
    }

    protected abstract String messageZh(Broken broken);

    protected abstract String messageEn(Broken broken);

    @Override
    public List<Finding> check(AuditContext context) {
        TableSpec spec = context.template().table(table);
        List<Finding> findings = list();
        for (SumSpec sum : spec.sums(relation)) {
            for (Line line : lines(context, spec, sum.each())) {
                List<Relation.Ref> add = refs(context, sum.each(), sum.add(), line.key());
                List<Relation.Ref> equals = refs(context, sum.each(), sum.equals(), line.key());
                Relation.Checked c = Relation.check(context, add, equals);
                if (c != null && !c.holds()) {
                    Broken b = new Broken(spec, sum, line.key(), line.label(), AuditContext.plain(c.left()),
                            AuditContext.plain(c.right()), c);
                    List<Location> cells = new ArrayList<>();
                    add.forEach(r -> cells.add(r.location()));
                    equals.forEach(r -> cells.add(r.location()));
                    findings.add(finding(context, equals.get(0).location(), messageZh(b), messageEn(b), b.left(),
                            b.right(), cells));
                }
            }
        }
        return findings;
    }

    private record Line(String key, String label) {
    }

    /** The columns of the table, or its rows as the report gives them (see {@link AuditContext#rowsAsGiven}). */
    private List<Line> lines(AuditContext context, TableSpec spec, Each each) {
        return each == Each.COLUMN
                ? spec.columns().stream().map(c -> new Line(c.key(), c.label())).toList()
                : context.rowsAsGiven(table).stream().map(r -> new Line(r.key(), r.label())).toList();
    }

    private List<Relation.Ref> refs(AuditContext context, Each each, List<String> keys, String line) {
        return each == Each.COLUMN
                ? Relation.column(table, context.rowsAsGiven(table, keys), line)
                : Relation.row(table, line, keys);
    }
}
