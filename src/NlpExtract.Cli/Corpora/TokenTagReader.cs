using System.Text;

namespace NlpExtract.Cli.Corpora;

/// <summary>
/// Reads "TOKEN TAG" files, one token a line: the 7-romans corpus (BIO2, a blank line between sentences) and the
/// Europeana newspapers (IOB1, no sentence breaks at all). The text is rebuilt with French spacing (no space before
/// , . ; : ! ? ) » or after ( « and elided words); a document ends after twenty sentences, or at the first full stop
/// after 300 tokens in a file without sentence breaks. PER, LOC and ORG are kept; MISC is not our type.
/// </summary>
internal static class TokenTagReader
{
    private const int SentencesPerDocument = 20;
    private const int TokensPerUnbrokenDocument = 300;

    public static IEnumerable<NerDocument> Read(string path)
    {
        var text = new StringBuilder();
        var mentions = new BioMentions();
        int sentences = 0;
        bool glueNext = true;
        int part = 0;
        int tokens = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || (tokens >= TokensPerUnbrokenDocument && text.Length > 0 && text[^1] is '.' or '!' or '?'))
            {
                mentions.Close();
                if (line.Length > 0 || ++sentences == SentencesPerDocument)
                {
                    tokens = 0;
                    yield return new NerDocument($"{Path.GetFileNameWithoutExtension(path)}#{part++}", text.ToString(), mentions.Take());
                    text.Clear();
                    sentences = 0;
                    glueNext = true;
                }

                if (line.Length == 0)
                {
                    continue;
                }
            }

            tokens++;
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
