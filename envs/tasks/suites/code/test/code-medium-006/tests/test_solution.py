import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_2_27(-11) == -8, '-11'
assert solution.clamp_2_27(-8) == -8, '-8'
assert solution.clamp_2_27(4) == 4, '4'
assert solution.clamp_2_27(24) == 17, '24'
