import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_18_35(5) == 8, '5'
assert solution.clamp_18_35(8) == 8, '8'
assert solution.clamp_18_35(16) == 16, '16'
assert solution.clamp_18_35(32) == 25, '32'
