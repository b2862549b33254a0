import statistics
from statistics import mean, median, stdev

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(mean(data), mean([1, 2]), mean([1.5, 2.5, 10.0]), statistics.fmean(data))
print(median(data), median([3, 1, 2]), median([1, 3]), statistics.median_low(data), statistics.median_high([1, 2, 3, 4]))
print(statistics.mode(data), statistics.mode(["a", "b", "b"]), statistics.multimode([1, 1, 2, 2, 3]))
print(statistics.variance(data), statistics.pvariance(data), statistics.variance([1, 2, 3]))
print(stdev(data), statistics.pstdev(data), stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.variance([0.1, 0.2, 0.3, 0.4]), mean([0.1, 0.2, 0.3]))
try:
    mean([])
except statistics.StatisticsError:
    print("StatisticsError")
stdev([1])
