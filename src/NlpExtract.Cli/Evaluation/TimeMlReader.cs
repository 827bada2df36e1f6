using System.Net;
using System.Text;

namespace NlpExtract.Cli.Evaluation;

/// <summary>A gold temporal expression of a TimeML document: its span in the plain text, type, value and modifier.</summary>
internal sealed record GoldTimex(int Start, int End, string Type, string Value, string? Modifier);

/// <summary>A TimeML document reduced to what date evaluation needs.</summary>
internal sealed record TimeMlDocument(string Id, string Text, DateOnly CreationDate, IReadOnlyList<GoldTimex> Timexes);

/// <summary>
/// Reads ISO-TimeML files (French TimeBank): the document text is the content of <c>&lt;TEXT&gt;</c> with its tags
/// removed and its character references decoded; the <c>&lt;DCT&gt;</c> TIMEX3 gives the creation date.
/// </summary>
internal static class TimeMlReader
{
    public static TimeMlDocument Read(string path)
    {
        string xml = File.ReadAllText(path, Encoding.UTF8);
        int dct = xml.IndexOf("<DCT>", StringComparison.Ordinal);
        string dctValue = Attribute(xml[dct..xml.IndexOf("</DCT>", dct, StringComparison.Ordinal)], "value")
            ?? throw new FormatException($"{path}: no DCT value");
        var creationDate = DateOnly.ParseExact(dctValue[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        int textStart = xml.IndexOf("<TEXT>", StringComparison.Ordinal) + "<TEXT>".Length;
        int textEnd = xml.IndexOf("</TEXT>", textStart, StringComparison.Ordinal);
        var text = new StringBuilder();
        var timexes = new List<GoldTimex>();
        var open = new Stack<(int Start, string Type, string Value, string? Modifier)>();
        int i = textStart;
        while (i < textEnd)
        {
            char c = xml[i];
            if (c == '<')
            {
                int close = xml.IndexOf('>', i);
                string tag = xml[(i + 1)..close];
                if (tag.StartsWith("TIMEX3", StringComparison.Ordinal))
                {
                    var entry = (text.Length, Attribute(tag, "type") ?? "", Attribute(tag, "value") ?? "", Attribute(tag, "mod"));
                    if (tag.EndsWith('/'))
                    {
                        timexes.Add(new GoldTimex(entry.Length, entry.Length, entry.Item2, entry.Item3, entry.Item4));
                    }
                    else
                    {
                        open.Push(entry);
                    }
                }
                else if (tag == "/TIMEX3" && open.Count > 0)
                {
                    var (start, type, value, modifier) = open.Pop();
                    timexes.Add(new GoldTimex(start, text.Length, type, value, modifier));
                }

                i = close + 1;
            }
            else if (c == '&')
            {
                int semicolon = xml.IndexOf(';', i);
                text.Append(WebUtility.HtmlDecode(xml[i..(semicolon + 1)]));
                i = semicolon + 1;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        timexes.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new TimeMlDocument(Path.GetFileNameWithoutExtension(path), text.ToString(), creationDate, timexes);
    }

    private static string? Attribute(string tag, string name)
    {
        string key = " " + name + "=\"";
        int start = tag.IndexOf(key, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += key.Length;
        return tag[start..tag.IndexOf('"', start)];
    }
}
