using Campo.Gravity.Estimation;

namespace Campo.Tests.Gravity;

/// <summary>The ranges of observations that IRLS sweeps on several threads: a partition, with sums added up exactly.</summary>
public class ObservationRangesTests
{
    [Fact]
    public void Every_observation_falls_in_exactly_one_range_and_the_range_sums_add_up()
    {
        const int n = 250_001;
        var ranges = new ObservationRanges(n, threads: 2);
        Assert.Equal(2, ranges.Count);

        var hits = new int[n];
        ranges.For((_, from, to) =>
        {
            for (var i = from; i < to; i++)
            {
                hits[i]++;
            }
        });
        Assert.All(hits, h => Assert.Equal(1, h));

        // Σ i for i = 0 … n − 1 is n(n − 1)/2 = 31,250,125,000: whole numbers below 2^53, so every partial sum is exact.
        var sum = ranges.Sum((_, from, to) =>
        {
            var s = 0.0;
            for (var i = from; i < to; i++)
            {
                s += i;
            }

            return s;
        });
        Assert.Equal(31_250_125_000.0, sum);
    }

    [Fact]
    public void Fewer_than_100000_observations_stay_in_one_range()
    {
        Assert.Equal(1, new ObservationRanges(99_999, threads: 8).Count);
        Assert.Equal(1, new ObservationRanges(1_000_000, threads: 1).Count);
    }
}
