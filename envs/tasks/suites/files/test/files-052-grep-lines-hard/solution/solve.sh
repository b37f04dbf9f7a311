#!/usr/bin/env bash
grep -v 'tiger' /workspace/coral.log > /workspace/nectar.log
