using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Tests.Platform.Indicators;

public sealed class ValueRowTests
{
    [Test]
    public void Sorting_by_ranks_gives_the_key_order_and_keeps_each_line_number_with_its_row()
    {
        var random = new Random(42);
        string[] indicators = ["b.x", "a.y", "a.x", "ab"];
        string[] periods = ["2023", "2023-Q1", "2022", "2023-S2"];
        var rows = Enumerable.Range(0, 5_000).Select(i => new ValueRow(
            indicators[random.Next(indicators.Length)],
            random.Next(3) == 0 ? $"epci:{random.Next(200_000_000, 200_000_200)}" : $"commune:{random.Next(1000, 99_999):D5}",
            periods[random.Next(periods.Length)],
            i)).ToArray();
        var expected = rows.Order(ValueRow.KeyOrder).ToArray();
        var lines = rows.Select(r => (long)r.Value!).ToArray();

        var sorted = ValueRow.InKeyOrder(rows, lines);

        Assert.That(sorted.Select(r => (r.Indicator, r.Period, r.TerritoryId)),
            Is.EqualTo(expected.Select(r => (r.Indicator, r.Period, r.TerritoryId))));
        Assert.That(lines, Is.EqualTo(sorted.Select(r => (long)r.Value!)), "each line number still beside its row");
        Assert.That(ValueRow.KeyOrder.Compare(new("a.x", "commune:1", "2023", 1), new("a.x", "commune:1", "2023-Q1", 1)), Is.Negative,
            "byte order, as the database's key index: '2023' before '2023-Q1'");
    }
}
