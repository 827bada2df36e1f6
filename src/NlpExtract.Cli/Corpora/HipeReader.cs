using System.Text;

namespace NlpExtract.Cli.Corpora;

/// <summary>
/// Reads HIPE-2022 TSV (NewsEye): one token a line, the coarse literal BIO tag in column 2, the MISC column last
/// (<c>NoSpaceAfter</c>, <c>EndOfLine</c>). The text is rebuilt by joining tokens with one space unless
/// <c>NoSpaceAfter</c>, with a line break on <c>EndOfLine</c>; documents start at <c># hipe2022:document_id</c>.
/// PER, ORG and LOC are kept; HumanProd and others are not our types. A line that starts with '#' but not "# " is a token.
/// </summary>
internal static class HipeReader
{
    public static IEnumerable<NerDocument> Read(string path)
    {
        string? id = null;
        var text = new StringBuilder();
        var mentions = new BioMentions();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("# hipe2022:document_id", StringComparison.Ordinal))
            {
                var previous = mentions.Take();
                if (id != null)
                {
                    yield return new NerDocument(id, text.ToString(), previous);
                }

                id = line[(line.IndexOf('=') + 1)..].Trim();
                text.Clear();
                continue;
            }

            if (line.Length == 0 || line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("TOKEN\t", StringComparison.Ordinal))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 2)
            {
                continue;
            }

            string tag = columns[1];
            EntityLabel? label = tag.Length > 2 ? tag[2..].ToUpperInvariant() switch
            {
                "PER" or "PERS" => EntityLabel.Person,
                "ORG" => EntityLabel.Organization,
                "LOC" => EntityLabel.Location,
                _ => null,
            } : null;
            int tokenStart = text.Length;
            text.Append(columns[0]);
            mentions.Add(tokenStart, text.Length, tag.StartsWith("B-", StringComparison.Ordinal), label);
            string misc = columns[^1];
            if (misc.Contains("EndOfLine", StringComparison.Ordinal))
            {
                text.Append('\n');
            }
            else if (!misc.Contains("NoSpaceAfter", StringComparison.Ordinal))
            {
                text.Append(' ');
            }
        }

        var last = mentions.Take();
        if (id != null)
        {
            yield return new NerDocument(id, text.ToString(), last);
        }
    }
}
