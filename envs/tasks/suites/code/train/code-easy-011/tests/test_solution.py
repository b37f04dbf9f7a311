import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.mul_36(-8) == -288, '-8'
assert solution.mul_36(72) == 2592, '72'
assert solution.mul_36(93) == 3348, '93'
assert solution.mul_36(45) == 1620, '45'
