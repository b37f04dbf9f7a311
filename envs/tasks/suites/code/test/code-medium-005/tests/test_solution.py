import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_7_25(-6) == -3, '-6'
assert solution.clamp_7_25(-3) == -3, '-3'
assert solution.clamp_7_25(6) == 6, '6'
assert solution.clamp_7_25(22) == 15, '22'
