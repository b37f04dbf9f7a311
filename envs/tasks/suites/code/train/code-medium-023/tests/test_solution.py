import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_14_21(1) == 4, '1'
assert solution.clamp_14_21(4) == 4, '4'
assert solution.clamp_14_21(7) == 7, '7'
assert solution.clamp_14_21(18) == 11, '18'
