def main():
    buckets = [[] for _ in range(3)]
    def fill(i):
        buckets[i].append(i)
    for i in range(3):
        fill(i)
    print(buckets)
    grid = [[0] * 2 for _ in range(2)]
    def setc(r, c):
        grid[r][c] = r + c
    setc(1, 1)
    print(grid)
main()
