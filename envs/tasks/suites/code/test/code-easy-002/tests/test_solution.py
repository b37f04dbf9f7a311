import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.sub_9(7) == -2, '7'
assert solution.sub_9(63) == 54, '63'
assert solution.sub_9(-14) == -23, '-14'
assert solution.sub_9(-17) == -26, '-17'
