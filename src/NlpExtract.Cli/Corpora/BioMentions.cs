namespace NlpExtract.Cli.Corpora;

/// <summary>
/// Collects gold mentions from BIO tags read token by token while a document's text is rebuilt: a mention opens on
/// B-, or on I- of another type than the open one (IOB1 and noisy files), and closes on O, on B-, or at the end.
/// </summary>
internal sealed class BioMentions
{
    private readonly List<GoldEntity> _mentions = [];
    private int _start = -1;
    private EntityLabel? _label;
    private int _lastEnd;

    /// <summary>Records one token at [<paramref name="start"/>, <paramref name="end"/>) with its tag's label (null: O or a type we do not keep).</summary>
    public void Add(int start, int end, bool begins, EntityLabel? label)
    {
        if (begins || label != _label)
        {
            Close();
        }

        if (label is not null && _start < 0)
        {
            _start = start;
            _label = label;
        }

        _lastEnd = end;
    }

    /// <summary>Closes the open mention, if any.</summary>
    public void Close()
    {
        if (_label is { } label && _start >= 0)
        {
            _mentions.Add(new GoldEntity(_start, _lastEnd, label));
        }

        _start = -1;
        _label = null;
    }

    /// <summary>Closes the open mention and hands over the mentions collected since the last call.</summary>
    public List<GoldEntity> Take()
    {
        Close();
        var mentions = _mentions.ToList();
        _mentions.Clear();
        return mentions;
    }
}
