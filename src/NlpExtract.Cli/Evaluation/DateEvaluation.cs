namespace NlpExtract.Cli.Evaluation;

/// <summary>The scores of <c>nlpextract eval dates</c>.</summary>
internal sealed record DateEvaluationResult(PrecisionRecall Strict, PrecisionRecall Relaxed, int ValueCorrect, int ValueCompared, int Documents, IReadOnlyList<string> Errors)
{
    public double ValueAccuracy => ValueCompared == 0 ? 0 : (double)ValueCorrect / ValueCompared;
}

/// <summary>
/// Scores DATE entities against TimeML gold (TIMEX3 of type DATE and TIME; DURATION and SET are not dates), each
/// document read against its creation date: strict (exact span) and relaxed (overlapping span, one-to-one)
/// precision, recall and F1, and the accuracy of the value on relaxed matches.
/// </summary>
internal static class DateEvaluation
{
    public static DateEvaluationResult Evaluate(Pipeline pipeline, IEnumerable<TimeMlDocument> documents, int maxErrors = 0)
    {
        var strict = new PrecisionRecall();
        var relaxed = new PrecisionRecall();
        int valueCorrect = 0;
        int valueCompared = 0;
        int count = 0;
        var errors = new List<string>();
        foreach (var document in documents)
        {
            count++;
            var gold = document.Timexes.Where(t => t.Type is "DATE" or "TIME" && t.End > t.Start).ToList();
            var predicted = pipeline.Process(document.Text, new ProcessOptions { ReferenceDate = document.CreationDate })
                .Entities.Where(e => e.Label == EntityLabel.Date).ToList();
            var goldSpans = gold.Select(g => (g.Start, g.End)).ToList();
            strict += PrecisionRecall.OfSpans(predicted.Select(p => (p.Start, p.End)).ToList(), goldSpans);

            var matchedPredictions = new HashSet<int>();
            int relaxedCorrect = 0;
            foreach (var g in gold)
            {
                int index = predicted.FindIndex(p => p.Start < g.End && g.Start < p.End);
                while (index >= 0 && matchedPredictions.Contains(index))
                {
                    int next = predicted.FindIndex(index + 1, p => p.Start < g.End && g.Start < p.End);
                    index = next;
                }

                if (index < 0)
                {
                    Report(errors, maxErrors, $"{document.Id} missed  [{Clip(document.Text, g.Start, g.End)}] {g.Value}");
                    continue;
                }

                matchedPredictions.Add(index);
                relaxedCorrect++;
                valueCompared++;
                var p = predicted[index];
                if (SameValue(p.Value, g.Value))
                {
                    valueCorrect++;
                }
                else
                {
                    Report(errors, maxErrors, $"{document.Id} value   [{Clip(document.Text, p.Start, p.End)}] {p.Value} ≠ gold [{Clip(document.Text, g.Start, g.End)}] {g.Value}");
                }
            }

            for (int k = 0; k < predicted.Count; k++)
            {
                if (!matchedPredictions.Contains(k))
                {
                    Report(errors, maxErrors, $"{document.Id} false   [{Clip(document.Text, predicted[k].Start, predicted[k].End)}] {predicted[k].Value}");
                }
            }

            relaxed += new PrecisionRecall(relaxedCorrect, predicted.Count, gold.Count);
        }

        return new DateEvaluationResult(strict, relaxed, valueCorrect, valueCompared, count, errors);
    }

    /// <summary>Values are equal as TIMEX3 strings, reading a decade written with a trailing X (196X) as its three digits (196).</summary>
    internal static bool SameValue(string? predicted, string gold)
        => predicted is not null && (predicted == gold || (gold.Length == 4 && gold[3] == 'X' && predicted == gold[..3]));

    private static void Report(List<string> errors, int maxErrors, string line)
    {
        if (errors.Count < maxErrors)
        {
            errors.Add(line);
        }
    }

    private static string Clip(string text, int start, int end)
    {
        string span = text[start..end].ReplaceLineEndings(" ");
        return span.Length <= 60 ? span : span[..28] + " … " + span[^28..];
    }
}
