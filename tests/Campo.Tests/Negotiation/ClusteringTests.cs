using Campo.Negotiation;

namespace Campo.Tests.Negotiation;

public class ClusteringTests
{
    [Fact]
    public void Identical_partitions_have_an_adjusted_rand_index_of_one_whatever_the_labels()
    {
        Assert.Equal(1, Clustering.AdjustedRandIndex(["a", "a", "b", "b", "c"], [7, 7, 3, 3, 9]), 12);
    }

    [Fact]
    public void The_adjusted_rand_index_matches_a_hand_calculation()
    {
        // U = {1,1,1,2,2,2}, V = {1,1,2,2,3,3}. Contingency: U1 = (2,1,0), U2 = (0,1,2).
        // Σ C(n_ij) = C(2) + C(2) = 2; Σ C(a_i) = 3 + 3 = 6; Σ C(b_j) = 1 + 1 + 1 = 3; C(6) = 15.
        // Expected = 6·3/15 = 1.2; maximum = (6 + 3)/2 = 4.5; ARI = (2 − 1.2)/(4.5 − 1.2) = 0.8/3.3.
        var ari = Clustering.AdjustedRandIndex([1, 1, 1, 2, 2, 2], [1, 1, 2, 2, 3, 3]);
        Assert.Equal(0.8 / 3.3, ari, 12);
        Assert.Equal(ari, Clustering.AdjustedRandIndex([1, 1, 2, 2, 3, 3], [1, 1, 1, 2, 2, 2]), 12);
    }

    [Fact]
    public void Every_item_in_one_cluster_against_every_item_alone_scores_zero()
    {
        // Σ C(n_ij) = 0, Σ C(a_i) = C(4) = 6, Σ C(b_j) = 0: expected 0, maximum 3, ARI = 0.
        Assert.Equal(0, Clustering.AdjustedRandIndex([1, 1, 1, 1], [1, 2, 3, 4]), 12);
    }

    [Fact]
    public void Ward_recovers_well_separated_groups()
    {
        double[][] points =
        [
            [0, 0], [0.1, 0.2], [10, 10], [0.2, 0.1], [10.1, 9.9], [20, 0], [9.9, 10.2], [20.2, 0.1],
        ];
        var labels = Clustering.Ward(points, 3);

        // Clusters are numbered by their first point: (0,0) → 0, (10,10) → 1, (20,0) → 2.
        Assert.Equal([0, 0, 1, 0, 1, 2, 1, 2], labels);
    }

    [Fact]
    public void Ward_into_one_cluster_or_as_many_as_points_is_trivial()
    {
        double[][] points = [[1.0], [2.0], [5.0]];
        Assert.Equal([0, 0, 0], Clustering.Ward(points, 1));
        Assert.Equal([0, 1, 2], Clustering.Ward(points, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => Clustering.Ward(points, 4));
    }

    [Fact]
    public void Ward_merges_the_pair_whose_union_adds_least_to_the_within_sum_of_squares()
    {
        // Points 0, 1, 3 on a line: merging {0,1} adds 0.5 to the sum of squares, {1,3} adds 2, so {0,1} merge first.
        Assert.Equal([0, 0, 1], Clustering.Ward([[0.0], [1.0], [3.0]], 2));
    }
}
