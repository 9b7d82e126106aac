package ogi.audit.rules;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import ogi.contracts.event.Finding;
import ogi.contracts.event.RuleOutcome;
import ogi.contracts.event.RuleResult;
import ogi.contracts.report.Report;
import ogi.contracts.template.ReportTemplate;

/**
 * The rule catalogue. Its version (in {@code rules/catalogue.json}) is stamped on every audit result; raise it
 * whenever a rule is added or changes what it finds. A rule that throws is logged and skipped, so one faulty rule cannot stop a report's audit.
 */
@ApplicationScoped
public class RuleCatalogue {
    public static final String VERSION = RuleDefinition.catalogue().version();
    private static final Logger LOG = Logger.getLogger(RuleCatalogue.class);

    private final List<AuditRule> rules;

    /** The catalogue, PROSE-003's threshold from the configuration. */
    public RuleCatalogue() {
        this(new ProseReuseRule());
    }

    /** The catalogue with PROSE-003's threshold given, for use without MicroProfile Config (the offline audit). */
    public RuleCatalogue(double proseReuseThreshold) {
        this(new ProseReuseRule(proseReuseThreshold));
    }

    private RuleCatalogue(ProseReuseRule proseReuse) {
        rules = List.of(
            new SectionMissingRule(),
            new TableMissingRule(),
            new EmptyArticle20TableRule(),
            new Table2RowMissingRule(),
            new Table3CellMissingRule(),
            new AgencyOrYearUnknownRule(),
            new FeesNotStatedRule(),
            new Table2BalanceRule(),
            new Table2ResultsTotalRule(),
            new Table2RowTotalRule(),
            new Table3GroupTotalRule(),
            new CellValueRule(),
            new FeeUnitInCellRule(),
            new ProseFigureMismatchRule(),
            new ProseDenialContradictedRule(),
            new RowLabelRule(),
            new OldTemplateRule(),
            new RowOrderRule(),
            new LatePublicationRule(),
            new CarryOverMismatchRule(),
            new InForceCountRule(),
            proseReuse);
    }

    public List<AuditRule> rules() {
        return rules;
    }

    public List<Finding> audit(String documentId, Report report) {
        return audit(documentId, report, null);
    }

    /** Runs every rule; {@code previous} is the agency's report for the year before, or null. */
    public List<Finding> audit(String documentId, Report report, Report previous) {
        return run(documentId, report, previous).findings();
    }

    /** The findings of a run and every rule's result. */
    public record Outcome(List<Finding> findings, List<RuleResult> ruleResults) {
    }

    /**
     * Runs every rule and says, for each, whether it failed (findings), passed, or could not be assessed: it found
     * nothing but cells it reads are missing (or it needs the previous year's report, unseen).
     */
    public Outcome run(String documentId, Report report, Report previous) {
        AuditContext base = new AuditContext(documentId, report,
                ReportTemplate.forVersion(report.metadata().template()), previous);
        List<Finding> findings = new ArrayList<>();
        List<RuleResult> results = new ArrayList<>();
        for (AuditRule rule : rules) {
            AuditContext context = base.forRule();
            try {
                List<Finding> found = rule.check(context);
                findings.addAll(found);
                RuleOutcome outcome = !found.isEmpty() ? RuleOutcome.FAILED
                        : context.missing().isEmpty() ? RuleOutcome.PASSED : RuleOutcome.NOT_ASSESSABLE;
                results.add(new RuleResult(rule.id(), outcome, found.size(),
                        outcome == RuleOutcome.NOT_ASSESSABLE ? List.copyOf(context.missing()) : List.of()));
            } catch (RuntimeException e) {
                LOG.errorf(e, "document %s: rule %s failed and was skipped", documentId, rule.id());
                results.add(new RuleResult(rule.id(), RuleOutcome.NOT_ASSESSABLE, 0, List.of("rule-error")));
            }
        }
        return new Outcome(findings, results);
    }
}
