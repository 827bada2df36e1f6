using System.Collections.Immutable;
using NlpExtract.Entities;

namespace NlpExtract.Quotes;

/// <summary>
/// One distinct speaker of a document: the name it is known by, every mention that refers to it (names, partial names,
/// pronouns, titles) and the quotes it said.
/// </summary>
/// <param name="Name">The fullest name the text gives ("Mikhaïl Bogdanov", "ministère russe des Affaires étrangères").</param>
/// <param name="Label">PER, ORG or LOC; null when nothing tells.</param>
/// <param name="Mentions">The mentions, in text order.</param>
/// <param name="Quotes">Indexes into <see cref="Document.Quotes"/>, ascending.</param>
public sealed record Speaker(string Name, EntityLabel? Label, ImmutableArray<TextSpan> Mentions, ImmutableArray<int> Quotes);
