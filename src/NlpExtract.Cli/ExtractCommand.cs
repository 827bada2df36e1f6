using System.Text;

namespace NlpExtract.Cli;

/// <summary>How the input of <c>extract</c> is read.</summary>
internal enum InputFormat
{
    /// <summary>JSON Lines when the file ends in .jsonl/.json or the input starts with '{'; plain text otherwise.</summary>
    Auto,
    /// <summary>One JSON object per line.</summary>
    Jsonl,
    /// <summary>The whole input is one document.</summary>
    Text,
}

/// <summary><c>nlpextract extract</c>: French documents in, one JSON line per document out, in input order.</summary>
internal static class ExtractCommand
{
    public static int Run(FileInfo? input, FileInfo? output, InputFormat format, DateOnly? date, Pipeline pipeline, TextWriter error)
    {
        using var reader = input is null
            ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8)
            : new StreamReader(input.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var outputStream = output is null ? Console.OpenStandardOutput() : File.Create(output.FullName);
        using var buffered = new BufferedStream(outputStream, 1 << 16);

        if (format == InputFormat.Auto)
        {
            format = GuessFormat(input, reader);
        }

        try
        {
            var documents = format == InputFormat.Jsonl ? ReadJsonLines(reader) : [new InputDocument(null, reader.ReadToEnd(), null)];
            // Documents are processed in parallel but written in input order.
            var results = documents.AsParallel().AsOrdered()
                .Select(d => (d.Id, Document: pipeline.Process(d.Text, new ProcessOptions { ReferenceDate = d.Date ?? date })));
            foreach (var (id, document) in results)
            {
                DocumentJsonWriter.Write(buffered, id, document);
            }
        }
        catch (Exception e) when (e is FormatException || e.InnerException is FormatException)
        {
            var cause = e as FormatException ?? (FormatException)e.InnerException!;
            error.WriteLine($"nlpextract extract: {cause.Message}");
            return 2;
        }

        return 0;
    }

    private static InputFormat GuessFormat(FileInfo? input, StreamReader reader)
    {
        if (input is not null)
        {
            string extension = input.Extension.ToLowerInvariant();
            if (extension is ".jsonl" or ".json" or ".ndjson")
            {
                return InputFormat.Jsonl;
            }

            if (extension is ".txt" or ".md")
            {
                return InputFormat.Text;
            }
        }

        // Standard input cannot be rewound: look at its first character only (a JSON Lines record starts with '{').
        return reader.Peek() == '{' ? InputFormat.Jsonl : InputFormat.Text;
    }

    private static IEnumerable<InputDocument> ReadJsonLines(TextReader reader)
    {
        string? line;
        int lineNumber = 0;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return InputDocument.FromJsonLine(line, lineNumber);
            }
        }
    }
}
