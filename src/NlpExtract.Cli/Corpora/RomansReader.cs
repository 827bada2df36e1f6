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
        var entities = new List<GoldEntity>();
        int sentences = 0;
        int entityStart = -1;
        EntityLabel? entityLabel = null;
        int lastEnd = 0;
        bool glueNext = true;
        int part = 0;

        void Close()
        {
            if (entityLabel is { } label && entityStart >= 0)
            {
                entities.Add(new GoldEntity(entityStart, lastEnd, label));
            }

            entityStart = -1;
            entityLabel = null;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                Close();
                if (++sentences == 20)
                {
                    yield return new NerDocument($"{Path.GetFileNameWithoutExtension(path)}#{part++}", text.ToString(), entities.ToList());
                    text.Clear();
                    entities.Clear();
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
            if (!tag.StartsWith("I-", StringComparison.Ordinal) || label != entityLabel)
            {
                Close();
            }

            bool glue = glueNext || token is "," or "." or ";" or ":" or "!" or "?" or ")" or "]" or "»" or "..." or "…";
            if (!glue && text.Length > 0)
            {
                text.Append(' ');
            }

            int start = text.Length;
            text.Append(token);
            lastEnd = text.Length;
            glueNext = token is "(" or "[" or "«" || token.EndsWith('\'') || token.EndsWith('’');
            if (label is not null && entityStart < 0)
            {
                entityStart = start;
                entityLabel = label;
            }
        }

        Close();
        if (text.Length > 0)
        {
            yield return new NerDocument($"{Path.GetFileNameWithoutExtension(path)}#{part}", text.ToString(), entities.ToList());
        }
    }
}
