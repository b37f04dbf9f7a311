import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.rotate_left_25([1, 2, 3, 4, 5]) == [1, 2, 3, 4, 5], '[1, 2, 3, 4, 5]'
assert solution.rotate_left_25([9, 8]) == [8, 9], '[9, 8]'
assert solution.rotate_left_25([7]) == [7], '[7]'
assert solution.rotate_left_25([]) == [], '[]'
