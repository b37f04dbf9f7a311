import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_13_32(0) == 3, '0'
assert solution.clamp_13_32(3) == 3, '3'
assert solution.clamp_13_32(12) == 12, '12'
assert solution.clamp_13_32(29) == 22, '29'
