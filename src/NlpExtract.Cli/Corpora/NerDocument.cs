namespace NlpExtract.Cli.Corpora;

/// <summary>A gold named entity: a character span of its document's text and its label.</summary>
internal readonly record struct GoldEntity(int Start, int End, EntityLabel Label);

/// <summary>A document of a named-entity corpus, rebuilt as raw text with its gold entities as character spans.</summary>
internal sealed record NerDocument(string Id, string Text, IReadOnlyList<GoldEntity> Entities);
