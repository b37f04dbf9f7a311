import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_11_19(-2) == 1, '-2'
assert solution.clamp_11_19(1) == 1, '1'
assert solution.clamp_11_19(5) == 5, '5'
assert solution.clamp_11_19(16) == 9, '16'
