namespace NlpExtract.Cli.Evaluation;

/// <summary>Counts of matched, predicted and gold items, and the scores they give.</summary>
internal readonly record struct PrecisionRecall(int Correct, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrecisionRecall operator +(PrecisionRecall a, PrecisionRecall b)
        => new(a.Correct + b.Correct, a.Predicted + b.Predicted, a.Gold + b.Gold);

    /// <summary>Scores two sets of spans that must match exactly.</summary>
    public static PrecisionRecall OfSpans(IReadOnlyCollection<(int Start, int End)> predicted, IReadOnlyCollection<(int Start, int End)> gold)
    {
        var goldSet = gold.ToHashSet();
        int correct = predicted.Distinct().Count(goldSet.Contains);
        return new PrecisionRecall(correct, predicted.Count, gold.Count);
    }

    public override string ToString()
        => FormattableString.Invariant($"P {100 * Precision,6:F2}  R {100 * Recall,6:F2}  F1 {100 * F1,6:F2}  (correct {Correct}, predicted {Predicted}, gold {Gold})");
}
