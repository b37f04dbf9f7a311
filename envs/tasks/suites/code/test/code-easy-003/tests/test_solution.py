import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.sub_30(10) == -20, '10'
assert solution.sub_30(75) == 45, '75'
assert solution.sub_30(72) == 42, '72'
assert solution.sub_30(-11) == -41, '-11'
