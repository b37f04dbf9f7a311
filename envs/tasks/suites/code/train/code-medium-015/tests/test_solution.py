import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_13_20(0) == 3, '0'
assert solution.clamp_13_20(3) == 3, '3'
assert solution.clamp_13_20(6) == 6, '6'
assert solution.clamp_13_20(17) == 10, '17'
