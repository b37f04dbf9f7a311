#!/usr/bin/env bash
grep -ci limited /workspace/server.log > /workspace/answer.txt
