import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_15_38(2) == 5, '2'
assert solution.clamp_15_38(5) == 5, '5'
assert solution.clamp_15_38(16) == 16, '16'
assert solution.clamp_15_38(35) == 28, '35'
