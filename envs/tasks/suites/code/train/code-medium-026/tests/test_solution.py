import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_11_32(-2) == 1, '-2'
assert solution.clamp_11_32(1) == 1, '1'
assert solution.clamp_11_32(11) == 11, '11'
assert solution.clamp_11_32(29) == 22, '29'
