namespace NlpExtract.Entities;

/// <summary>
/// The BILOU tag set over PER, ORG and LOC: O, then Begin / Inside / Last / Unit for each type. Tag index
/// <c>1 + 4 × type + position</c>. The legal successions are the BILOU grammar: a mention opened by B goes on with I and
/// closes with L of the same type; decoding never produces an I or L without its B.
/// </summary>
internal static class EntityLabels
{
    public const int Count = 13;
    public const int Outside = 0;

    private static readonly EntityLabel[] Types = [EntityLabel.Person, EntityLabel.Organization, EntityLabel.Location];

    public static int Begin(int type) => 1 + (4 * type);

    public static int Inside(int type) => 2 + (4 * type);

    public static int Last(int type) => 3 + (4 * type);

    public static int Unit(int type) => 4 + (4 * type);

    public static int TypeIndex(EntityLabel label) => label switch
    {
        EntityLabel.Person => 0,
        EntityLabel.Organization => 1,
        EntityLabel.Location => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Only PER, ORG and LOC are tagged."),
    };

    public static EntityLabel TypeOf(int tag) => Types[(tag - 1) / 4];

    /// <summary>0 O, 1 B, 2 I, 3 L, 4 U.</summary>
    public static int Position(int tag) => tag == Outside ? 0 : ((tag - 1) % 4) + 1;

    // IsAllowed is called L × L times per token by the decoders: a table, not arithmetic. Row 0 is the sentence start.
    private static readonly bool[] AllowedTable = BuildAllowedTable();

    /// <summary>For each tag, the tags that may come before it (the sentence start excluded): the decoders loop over these only.</summary>
    public static readonly int[][] Predecessors = Enumerable.Range(0, Count)
        .Select(next => Enumerable.Range(0, Count).Where(previous => ComputeAllowed(previous, next)).ToArray()).ToArray();

    /// <summary>For each tag, the tags that may come after it.</summary>
    public static readonly int[][] Successors = Enumerable.Range(0, Count)
        .Select(previous => Enumerable.Range(0, Count).Where(next => ComputeAllowed(previous, next)).ToArray()).ToArray();

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/> (-1: the sentence start).</summary>
    public static bool IsAllowed(int previous, int next) => AllowedTable[((previous + 1) * Count) + next];

    private static bool[] BuildAllowedTable()
    {
        var table = new bool[(Count + 1) * Count];
        for (int previous = -1; previous < Count; previous++)
        {
            for (int next = 0; next < Count; next++)
            {
                table[((previous + 1) * Count) + next] = ComputeAllowed(previous, next);
            }
        }

        return table;
    }

    private static bool ComputeAllowed(int previous, int next)
    {
        bool previousOpen = previous >= 0 && Position(previous) is 1 or 2;
        int nextPosition = Position(next);
        if (previousOpen)
        {
            return nextPosition is 2 or 3 && TypeOf(previous) == TypeOf(next);
        }

        return nextPosition is 0 or 1 or 4;
    }

    /// <summary>Whether a sentence may end on <paramref name="tag"/> (not inside an open mention).</summary>
    public static bool MayEnd(int tag) => Position(tag) is 0 or 3 or 4;
}
