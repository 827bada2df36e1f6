using System.Globalization;

namespace NlpExtract.Cli.Corpora;

/// <summary>
/// Reads the named entities of the Sequoia treebank (PARSEME column of the frsemcor files): <c>k:POS|NE-TYPE.final|_</c>
/// on the first word of entity <c>k</c>, then <c>k</c> on its other words, <c>;</c> between overlapping annotations.
/// Only <c>.final</c> readings count (<c>.prim</c> is the literal reading of a figurative use); PERS, ORG and LOC are kept,
/// PROD and EVE are not our types. Each sentence is one document whose text is its <c># text</c> line; word forms are
/// located in it to give the entities character offsets.
/// </summary>
internal static class SequoiaReader
{
    public static IEnumerable<NerDocument> Read(string path)
    {
        string? id = null;
        string? text = null;
        // Words and multiword tokens ("du" = de + le) in file order; a word inside a multiword token carries the
        // index of that token, since only the surface form is in the text.
        var words = new List<(string Form, string Annotation, int Surface)>();
        int surface = -1;
        int surfaceEnd = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (text != null)
                {
                    yield return Build(id ?? text, text, words);
                }

                id = null;
                text = null;
                words.Clear();
                surface = -1;
                surfaceEnd = 0;
                continue;
            }

            if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
            {
                id = line["# sent_id = ".Length..];
            }
            else if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                text = line["# text = ".Length..];
            }
            else if (line[0] != '#')
            {
                var columns = line.Split('\t');
                if (columns.Length < 11 || columns[0].Contains('.'))
                {
                    continue;
                }

                int dash = columns[0].IndexOf('-');
                if (dash > 0)
                {
                    surface = words.Count;
                    surfaceEnd = int.Parse(columns[0][(dash + 1)..], CultureInfo.InvariantCulture);
                    words.Add((columns[1], "*", -2));
                    continue;
                }

                int wordId = int.Parse(columns[0], CultureInfo.InvariantCulture);
                words.Add((columns[1], columns[10], wordId <= surfaceEnd ? surface : -1));
            }
        }

        if (text != null)
        {
            yield return Build(id ?? text, text, words);
        }
    }

    private static NerDocument Build(string id, string text, List<(string Form, string Annotation, int Surface)> words)
    {
        // Locate every word in the text; a form the text does not hold verbatim (a contraction split into "de le")
        // gets no offsets, and an entity that starts or ends on such a word is dropped.
        var spans = new (int Start, int End)[words.Count];
        int position = 0;
        for (int w = 0; w < words.Count; w++)
        {
            if (words[w].Surface >= 0)
            {
                spans[w] = spans[words[w].Surface]; // a syntactic word of "du", "au", "des": the surface token's span
                continue;
            }

            int found = text.IndexOf(words[w].Form, position, StringComparison.Ordinal);
            if (found >= 0 && found - position <= 3)
            {
                spans[w] = (found, found + words[w].Form.Length);
                position = spans[w].End;
            }
            else
            {
                spans[w] = (-1, -1);
            }
        }

        var entities = new Dictionary<int, (EntityLabel? Label, int First, int Last)>();
        for (int w = 0; w < words.Count; w++)
        {
            foreach (var part in words[w].Annotation.Split(';'))
            {
                int colon = part.IndexOf(':');
                string number = colon >= 0 ? part[..colon] : part;
                if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out int key))
                {
                    continue;
                }

                if (colon >= 0)
                {
                    entities[key] = (LabelOf(part[(colon + 1)..]), w, w);
                }
                else if (entities.TryGetValue(key, out var entity))
                {
                    entities[key] = entity with { Last = w };
                }
            }
        }

        var gold = new List<GoldEntity>();
        foreach (var (label, first, last) in entities.Values)
        {
            if (label is { } kept && spans[first].Start >= 0 && spans[last].End >= 0)
            {
                gold.Add(new GoldEntity(spans[first].Start, spans[last].End, kept));
            }
        }

        gold.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new NerDocument(id, text, RemoveOverlaps(gold));
    }

    private static EntityLabel? LabelOf(string annotation)
    {
        if (!annotation.Contains(".final", StringComparison.Ordinal))
        {
            return null;
        }

        if (annotation.Contains("NE-PERS", StringComparison.Ordinal))
        {
            return EntityLabel.Person;
        }

        if (annotation.Contains("NE-ORG", StringComparison.Ordinal))
        {
            return EntityLabel.Organization;
        }

        return annotation.Contains("NE-LOC", StringComparison.Ordinal) ? EntityLabel.Location : null;
    }

    internal static List<GoldEntity> RemoveOverlaps(List<GoldEntity> sorted)
    {
        var result = new List<GoldEntity>();
        foreach (var entity in sorted)
        {
            if (result.Count == 0 || entity.Start >= result[^1].End)
            {
                result.Add(entity);
            }
            else if (entity.End - entity.Start > result[^1].End - result[^1].Start)
            {
                result[^1] = entity; // keep the longer of two overlapping mentions
            }
        }

        return result;
    }
}
