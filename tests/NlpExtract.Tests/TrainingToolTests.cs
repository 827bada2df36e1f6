using NlpExtract.Cli.Corpora;

namespace NlpExtract.Tests;

/// <summary>The training tools of the CLI on small texts written here: word clusters and the token-tag corpus reader.</summary>
public class TrainingToolTests
{
    private static IEnumerable<string> TownsAndNames()
    {
        string[] towns = ["Lyon", "Nantes", "Rennes", "Lille", "Dijon"];
        string[] names = ["Martin", "Durand", "Lefèvre", "Moreau", "Girard"];
        var random = new Random(3);
        for (int d = 0; d < 40; d++)
        {
            var lines = new List<string>();
            for (int s = 0; s < 10; s++)
            {
                string town = towns[random.Next(towns.Length)];
                string name = names[random.Next(names.Length)];
                lines.Add(random.Next(2) == 0
                    ? $"Il habite à {town} depuis longtemps. Monsieur {name} a parlé hier soir."
                    : $"Nous sommes allés à {town} cette année. Madame {name} a répondu très vite.");
            }

            yield return string.Join(" ", lines);
        }
    }

    [Test]
    public void Words_used_alike_share_a_cluster_and_the_clusters_are_deterministic()
    {
        var first = WordClusterTrainer.Train(TownsAndNames(), clusters: 10, minCount: 3, contextWords: 30, seed: 1, _ => { });
        var second = WordClusterTrainer.Train(TownsAndNames(), clusters: 10, minCount: 3, contextWords: 30, seed: 1, _ => { });
        Assert.That(second, Is.EquivalentTo(first), "same text and seed → same clusters");
        Assert.That(new[] { "Nantes", "Rennes", "Lille", "Dijon" }.Select(w => first[w]), Is.All.EqualTo(first["Lyon"]), "the towns");
        Assert.That(new[] { "Durand", "Lefèvre", "Moreau", "Girard" }.Select(w => first[w]), Is.All.EqualTo(first["Martin"]), "the surnames");
        Assert.That(first["Martin"], Is.Not.EqualTo(first["Lyon"]));
    }

    [Test]
    public void Clusters_saved_with_their_header_read_back_the_same()
    {
        string path = Path.Combine(Path.GetTempPath(), $"clusters-{Guid.NewGuid():N}.tsv");
        try
        {
            var clusters = new Dictionary<string, int> { ["Lyon"] = 2, ["#hashtag"] = 5, ["l'"] = 0 };
            WordClusterTrainer.Save(path, clusters, "test clusters\nsecond header line");
            var loaded = WordClusterTrainer.Load(path);
            Assert.That(loaded.Entries, Is.EquivalentTo(clusters));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_token_tag_file_without_sentence_breaks_is_cut_into_documents_at_full_stops()
    {
        string path = Path.Combine(Path.GetTempPath(), $"tokens-{Guid.NewGuid():N}.bio");
        try
        {
            var lines = new List<string>();
            for (int s = 0; s < 200; s++)
            {
                lines.AddRange(["M.", "O"]);
                lines.AddRange(["Jean", "I-PER"]);
                lines.AddRange(["Durand", "I-PER"]);
                lines.AddRange(["arrive", "O"]);
                lines.AddRange(["à", "O"]);
                lines.AddRange(["Rennes", "I-LOC"]);
                lines.AddRange([".", "O"]);
            }

            File.WriteAllLines(path, Enumerable.Range(0, lines.Count / 2).Select(i => $"{lines[2 * i]} {lines[(2 * i) + 1]}"));
            var documents = TokenTagReader.Read(path).ToList();
            Assert.That(documents, Has.Count.GreaterThan(1), "no sentence breaks: documents are cut after 300 tokens");
            Assert.That(documents.Sum(d => d.Entities.Count), Is.EqualTo(400));
            foreach (var document in documents)
            {
                Assert.That(document.Text, Does.EndWith("."));
                Assert.That(document.Entities.Select(e => document.Text[e.Start..e.End]).Distinct(), Is.EquivalentTo(new[] { "Jean Durand", "Rennes" }));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
