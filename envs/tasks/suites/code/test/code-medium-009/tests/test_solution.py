import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_10_15(-3) == 0, '-3'
assert solution.clamp_10_15(0) == 0, '0'
assert solution.clamp_10_15(2) == 2, '2'
assert solution.clamp_10_15(12) == 5, '12'
