using System.Text;

namespace NlpExtract.Cli.Corpora;

/// <summary>
/// Reads the 7-romans corpus: one "TOKEN TAG" a line (BIO2), a blank line between sentences. The text is rebuilt with
/// French spacing (no space before , . ; : ! ? ) » or after ( « and elided words) twenty sentences to a document.
/// PER, LOC and ORG are kept; MISC is not our type.
/// </summary>
internal static class RomansReader
{
    public static IEnumerable<NerDocument> Read(string path)
    {
        var text = new StringBuilder();
        var mentions = new BioMentions();
        int sentences = 0;
        bool glueNext = true;
        int part = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                mentions.Close();
                if (++sentences == 20)
                {
                    yield return new NerDocument($"{Path.GetFileNameWithoutExtension(path)}#{part++}", text.ToString(), mentions.Take());
                    text.Clear();
                    sentences = 0;
                    glueNext = true;
                }

                continue;
            }

            int space = line.LastIndexOf(' ');
            if (space <= 0)
            {
                continue;
            }

            string token = line[..space];
            string tag = line[(space + 1)..];
            EntityLabel? label = tag.Length > 2 ? tag[2..] switch
            {
                "PER" => EntityLabel.Person,
                "LOC" => EntityLabel.Location,
                "ORG" => EntityLabel.Organization,
                _ => null,
            } : null;
            bool glue = glueNext || token is "," or "." or ";" or ":" or "!" or "?" or ")" or "]" or "»" or "..." or "…";
            if (!glue && text.Length > 0)
            {
                text.Append(' ');
            }

            int start = text.Length;
            text.Append(token);
            mentions.Add(start, text.Length, tag.StartsWith("B-", StringComparison.Ordinal), label);
            glueNext = token is "(" or "[" or "«" || token.EndsWith('\'') || token.EndsWith('’');
        }

        if (text.Length > 0)
        {
            yield return new NerDocument($"{Path.GetFileNameWithoutExtension(path)}#{part}", text.ToString(), mentions.Take());
        }
    }
}
