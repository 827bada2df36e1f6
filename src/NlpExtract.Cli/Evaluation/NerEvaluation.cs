using NlpExtract.Cli.Corpora;

namespace NlpExtract.Cli.Evaluation;

/// <summary>The scores of <c>nlpextract eval ner</c>: per label and overall.</summary>
internal sealed record NerEvaluationResult(IReadOnlyDictionary<EntityLabel, PrecisionRecall> PerLabel, PrecisionRecall Overall, int Documents, IReadOnlyList<string> Errors);

/// <summary>
/// Scores PER / ORG / LOC entities against gold documents by exact character span and label (the CoNLL rule):
/// the raw text is rebuilt from the gold file and processed as it stands.
/// </summary>
internal static class NerEvaluation
{
    private static readonly EntityLabel[] Labels = [EntityLabel.Person, EntityLabel.Organization, EntityLabel.Location];

    public static NerEvaluationResult Evaluate(Pipeline pipeline, IEnumerable<NerDocument> documents, int maxErrors = 0)
    {
        var perLabel = Labels.ToDictionary(l => l, _ => new PrecisionRecall());
        var errors = new List<string>();
        int count = 0;
        foreach (var document in documents)
        {
            count++;
            var predicted = pipeline.Process(document.Text).Entities.Where(e => e.Label != EntityLabel.Date)
                .Select(e => (e.Start, e.End, e.Label)).ToHashSet();
            var gold = document.Entities.Select(e => (e.Start, e.End, e.Label)).ToHashSet();
            foreach (var label in Labels)
            {
                int correct = predicted.Count(p => p.Label == label && gold.Contains(p));
                perLabel[label] += new PrecisionRecall(correct, predicted.Count(p => p.Label == label), gold.Count(g => g.Label == label));
            }

            foreach (var g in gold.Where(g => !predicted.Contains(g)))
            {
                if (errors.Count < maxErrors)
                {
                    errors.Add($"missed {Code(g.Label)} [{document.Text[g.Start..g.End]}]");
                }
            }

            foreach (var p in predicted.Where(p => !gold.Contains(p)))
            {
                if (errors.Count < maxErrors)
                {
                    errors.Add($"false  {Code(p.Label)} [{document.Text[p.Start..p.End]}]");
                }
            }
        }

        var overall = perLabel.Values.Aggregate(new PrecisionRecall(), (a, b) => a + b);
        return new NerEvaluationResult(perLabel, overall, count, errors);
    }

    internal static string Code(EntityLabel label) => new Entity(0, 0, label, 0).LabelCode;
}
