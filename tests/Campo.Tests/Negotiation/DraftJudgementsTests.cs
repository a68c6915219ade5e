using Campo.Negotiation;

namespace Campo.Tests.Negotiation;

/// <summary>Joining the parts of a search judged in batches (on a cluster): by index, whatever their order, each draft once.</summary>
public sealed class DraftJudgementsTests
{
    [Fact]
    public void Parts_joined_in_any_order_give_the_same_judgements()
    {
        var a = Part(0, 2, members: 2, objections: [1, 0]);
        var b = Part(2, 3, members: 2, objections: [2, 3]);
        var one = DraftJudgements.Merge(5, 2, [a, b]);
        var other = DraftJudgements.Merge(5, 2, [b, a]);

        Assert.Equal(one.Objective, other.Objective);
        Assert.Equal(one.Objecting, other.Objecting);
        // Objections add up over the parts: member 0 objects 1 + 2 times, member 1 0 + 3 times.
        Assert.Equal([3, 3], one.Objections);
        Assert.Equal([3, 3], other.Objections);
        // Draft i of the whole is draft i − From of its part: the values below are those Part wrote (index × 10).
        Assert.Equal([0.0, 10.0, 20.0, 30.0, 40.0], one.Objective);
    }

    [Fact]
    public void A_draft_judged_twice_is_refused_rather_than_counted_twice()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DraftJudgements.Merge(3, 1, [Part(0, 2, 1, [1]), Part(1, 2, 1, [1])]));

        Assert.Contains("Draft 1 of the search was judged twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_not_judged_is_refused_rather_than_left_out()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DraftJudgements.Merge(4, 1, [Part(0, 2, 1, [0]), Part(3, 1, 1, [0])]));

        Assert.Contains("Draft 2 of the search was not judged", error.Message, StringComparison.Ordinal);
    }

    private static DraftJudgements Part(int from, int count, int members, int[] objections)
    {
        var part = new DraftJudgements(from, count, members);
        for (var j = 0; j < count; j++)
        {
            part.Converged[j] = true;
            part.Objecting[j] = from + j;
            part.Objective[j] = (from + j) * 10.0;
        }

        objections.CopyTo(part.Objections, 0);
        return part;
    }
}
