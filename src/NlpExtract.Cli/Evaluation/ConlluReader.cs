namespace NlpExtract.Cli.Evaluation;

/// <summary>One gold sentence of a CoNLL-U file: its raw text and its surface tokens.</summary>
/// <param name="Text">The <c># text</c> line.</param>
/// <param name="SurfaceTokens">The surface forms: a multiword token such as <c>au</c> once, not its syntactic words.</param>
/// <param name="StartsNewDocument">True when a <c># newdoc</c> line came before the sentence.</param>
internal sealed record ConlluSentence(string Text, IReadOnlyList<string> SurfaceTokens, bool StartsNewDocument);

/// <summary>Reads the surface tokenization of a CoNLL-U file (https://universaldependencies.org/format.html).</summary>
internal static class ConlluReader
{
    public static IEnumerable<ConlluSentence> Read(TextReader reader)
    {
        string? text = null;
        bool newDocument = false;
        var tokens = new List<string>();
        int multiwordEnd = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            if (line.Length == 0)
            {
                if (text != null)
                {
                    yield return new ConlluSentence(text, tokens.ToArray(), newDocument);
                }

                text = null;
                newDocument = false;
                tokens.Clear();
                multiwordEnd = 0;
                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    text = line["# text = ".Length..];
                }
                else if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    newDocument = true;
                }

                continue;
            }

            int tab = line.IndexOf('\t');
            if (tab < 0)
            {
                continue;
            }

            var id = line.AsSpan(0, tab);
            int formEnd = line.IndexOf('\t', tab + 1);
            string form = formEnd < 0 ? line[(tab + 1)..] : line[(tab + 1)..formEnd];
            if (id.Contains('.'))
            {
                continue; // empty nodes of enhanced dependencies have no surface form
            }

            int dash = id.IndexOf('-');
            if (dash >= 0)
            {
                multiwordEnd = int.Parse(id[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                tokens.Add(form);
                continue;
            }

            if (int.Parse(id, System.Globalization.CultureInfo.InvariantCulture) <= multiwordEnd)
            {
                continue; // a syntactic word inside a multiword token already counted
            }

            tokens.Add(form);
        }

        if (text != null)
        {
            yield return new ConlluSentence(text, tokens.ToArray(), newDocument);
        }
    }
}
