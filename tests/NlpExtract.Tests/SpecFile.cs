using System.Globalization;
using System.Text;

namespace NlpExtract.Tests;

/// <summary>Reads the tab-separated spec files under Specs/ (comments start with '#'; \n, \t and \uXXXX are unescaped).</summary>
internal static class SpecFile
{
    /// <summary>One test case a line: its first <paramref name="width"/> columns, missing ones as "".</summary>
    public static IEnumerable<TestCaseData> Cases(string fileName, int minColumns, int width = 3)
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Specs", fileName);
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t').Select(Unescape).ToArray();
            if (columns.Length < minColumns)
            {
                throw new FormatException($"{fileName}:{lineNumber}: expected at least {minColumns} tab-separated columns.");
            }

            yield return new TestCaseData(columns.Cast<object>().Concat(Enumerable.Repeat<object>(string.Empty, Math.Max(0, width - columns.Length))).Take(width).ToArray())
                .SetName($"{Path.GetFileNameWithoutExtension(fileName)}:{lineNumber} {line.Split('\t')[0]}");
        }
    }

    public static string Unescape(string value)
    {
        if (!value.Contains('\\'))
        {
            return value;
        }

        var result = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                char next = value[i + 1];
                if (next == 'n') { result.Append('\n'); i++; continue; }
                if (next == 't') { result.Append('\t'); i++; continue; }
                if (next == 'u' && i + 5 < value.Length)
                {
                    result.Append((char)int.Parse(value.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 5;
                    continue;
                }
            }

            result.Append(value[i]);
        }

        return result.ToString();
    }
}
